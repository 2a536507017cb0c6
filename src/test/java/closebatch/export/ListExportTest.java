package closebatch.export;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import closebatch.close.CloseClient;
import closebatch.close.Query;
import closebatch.config.ListSource;
import closebatch.sandbox.SandboxClient;
import closebatch.sandbox.SandboxExtension;
import closebatch.sandbox.store.Ids;
import closebatch.sandbox.store.Kind;
import closebatch.sandbox.store.Timestamps;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A list export reads opportunities, tasks and activities in {@code date_created}
 * windows, so {@code _skip} stays small, and still reads each object once.
 */
class ListExportTest {

	@RegisterExtension
	static final SandboxExtension sandbox = new SandboxExtension();

	private final CloseClient client = ExportHarness.client(sandbox.baseUrl(), SandboxExtension.API_KEY,
			ExportHarness.QUICK);

	/** Stores {@code count} copies of one opportunity, three to a date_created. */
	private List<String> seedOpportunities(int count) {
		SandboxClient close = sandbox.client();
		String lead = close.post("lead/", Map.of("name", "Acme")).ok().get("id").asString();
		String template = close.post("opportunity/", Map.of("lead_id", lead, "note", "Deal", "value", 100))
			.ok()
			.get("id")
			.asString();
		ObjectNode stored = sandbox.sandbox().store().get(Kind.OPPORTUNITY, template).deepCopy();
		close.delete("opportunity/" + template + "/");
		List<String> ids = new ArrayList<>();
		Instant start = Instant.parse("2024-05-01T00:00:00Z");
		sandbox.sandbox().store().write((tx) -> {
			for (int i = 0; i < count; i++) {
				ObjectNode copy = stored.deepCopy();
				copy.put("id", Ids.newId(Kind.OPPORTUNITY));
				copy.put("note", "Deal " + i);
				copy.put("date_created", Timestamps.format(start.plus(i / 3, ChronoUnit.SECONDS)));
				tx.put(Kind.OPPORTUNITY, copy);
				ids.add(copy.get("id").asString());
			}
			return null;
		});
		return ids;
	}

	private static List<String> readAll(ExportedObjects objects) {
		List<String> ids = new ArrayList<>();
		JsonNode object;
		while ((object = objects.next()) != null) {
			ids.add(object.path("id").asString());
		}
		return ids;
	}

	@Test
	void readsEachOpportunityOnceAcrossManySmallWindows() {
		List<String> seeded = seedOpportunities(130);
		sandbox.sandbox().requests().clear();

		List<String> read = readAll(
				new ListObjects(this.client, new ListSource("opportunity", Map.of()), 10, null, 25));

		assertThat(read).hasSize(130).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(seeded);
	}

	@Test
	void resumesAfterTheLastDateCreatedWritten() {
		List<String> seeded = seedOpportunities(30);
		List<JsonNode> all = this.client
			.list("opportunity/", Query.empty().with("_order_by", "date_created").limit(100))
			.data();
		String ninth = all.get(8).path("date_created").asString();

		List<String> read = readAll(
				new ListObjects(this.client, new ListSource("opportunity", Map.of()), 10, ninth, 25));

		assertThat(read).hasSize(21).containsExactlyInAnyOrderElementsOf(seeded.subList(9, 30));
	}

	@Test
	void readsASmallListWholeInIdOrder() {
		SandboxClient close = sandbox.client();
		close.post("phone_number/request/internal/", Map.of("country", "US")).ok();
		close.post("phone_number/request/internal/", Map.of("country", "US")).ok();

		ListObjects numbers = new ListObjects(this.client, new ListSource("phone_number", Map.of()), 1, null);
		List<String> read = readAll(numbers);

		assertThat(read).hasSize(2).isSorted();
		assertThat(readAll(
				new ListObjects(this.client, new ListSource("phone_number", Map.of()), 1, ListObjects.WHOLE_LIST)))
			.isEmpty();
	}

}
