package closebatch.close;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** Turns an unsuccessful answer into the exception for its status. */
final class ErrorDecoder {

	private final ObjectMapper mapper;

	ErrorDecoder(ObjectMapper mapper) {
		this.mapper = mapper;
	}

	CloseApiException decode(CloseRequest request, int attempts, Transport.Response response) {
		String name = request.describe();
		int status = response.status();
		JsonNode body = bodyOf(response);
		if (status == 400) {
			return new ValidationException(name, attempts, body);
		}
		if (status == 401 || status == 403) {
			return new AuthenticationException(name, status, attempts, body);
		}
		if (status == 404) {
			return new NotFoundException(name, status, attempts, body);
		}
		if (status == 429) {
			return new RateLimitedException(name, status, attempts, body);
		}
		if (status >= 500 && !request.idempotent()) {
			return new InDoubtException(name, status, attempts, body);
		}
		if (status >= 500) {
			return new ServerException(name, status, attempts, body);
		}
		return new UnexpectedResponseException(name, status, attempts, body);
	}

	/** The answer's JSON; null if it has none or it cannot be read. */
	JsonNode bodyOf(Transport.Response response) {
		if (response.body().length == 0) {
			return null;
		}
		try {
			return this.mapper.readTree(response.body());
		}
		catch (JacksonException ex) {
			return null;
		}
	}

}
