package closebatch.close;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A transport that answers from a script, in order, and records what was sent: for tests
 * of the retry loop without a server.
 */
final class ScriptedTransport implements Transport {

	/** One request as sent. */
	record Sent(String method, String target, String body, ApiKey key) {
	}

	private final Deque<Object> script = new ArrayDeque<>();

	private final List<Sent> sent = new ArrayList<>();

	/** Answers the next request with this status, JSON body and headers. */
	ScriptedTransport answer(int status, String json, String... headers) {
		Map<String, List<String>> map = new HashMap<>();
		for (int i = 0; i < headers.length; i += 2) {
			map.put(headers[i], List.of(headers[i + 1]));
		}
		this.script.add(new Response(status, map, (json == null) ? null : json.getBytes(StandardCharsets.UTF_8)));
		return this;
	}

	/** Fails the next request with this exception. */
	ScriptedTransport fail(IOException failure) {
		this.script.add(failure);
		return this;
	}

	@Override
	public synchronized Response send(CloseRequest request, ApiKey key) throws IOException {
		this.sent.add(new Sent(request.method(), request.target(),
				(request.body() == null) ? null : new String(request.body(), StandardCharsets.UTF_8), key));
		Object next = this.script.poll();
		if (next == null) {
			throw new AssertionError("Unscripted request: " + request.describe());
		}
		if (next instanceof IOException failure) {
			throw failure;
		}
		return (Response) next;
	}

	synchronized List<Sent> sent() {
		return List.copyOf(this.sent);
	}

}
