package closebatch.export;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;
import tools.jackson.databind.JsonNode;

/**
 * Reads an export's objects as {@link CreationGroup}s, resuming after the position the
 * run's last committed chunk saved (not from the step's execution context, which Spring
 * Batch 6 saves outside the chunk's transaction).
 */
final class CreationGroupReader implements ItemStreamReader<CreationGroup> {

	private final ExportRunState state;

	private final Function<String, ExportedObjects> source;

	private ExportedObjects objects;

	private JsonNode peeked;

	/**
	 * @param source opens the objects after a {@code date_created} (null: from the start)
	 */
	CreationGroupReader(ExportRunState state, Function<String, ExportedObjects> source) {
		this.state = state;
		this.source = source;
	}

	@Override
	public void open(ExecutionContext executionContext) {
		this.objects = this.source.apply(this.state.resumedFrom().lastDateCreated());
		this.peeked = null;
	}

	@Override
	public CreationGroup read() {
		JsonNode first = (this.peeked != null) ? this.peeked : this.objects.next();
		this.peeked = null;
		if (first == null) {
			return null;
		}
		String dateCreated = this.objects.groupKey(first);
		List<JsonNode> group = new ArrayList<>(1);
		group.add(first);
		JsonNode next;
		while ((next = this.objects.next()) != null && sameGroup(this.objects.groupKey(next), dateCreated)) {
			group.add(next);
		}
		this.peeked = next;
		return new CreationGroup(dateCreated, group);
	}

	private static boolean sameGroup(String key, String dateCreated) {
		return key.equals(dateCreated)
				|| (!key.equals(ListObjects.WHOLE_LIST) && !dateCreated.equals(ListObjects.WHOLE_LIST)
						&& CreationOrder.instant(key).equals(CreationOrder.instant(dateCreated)));
	}

}
