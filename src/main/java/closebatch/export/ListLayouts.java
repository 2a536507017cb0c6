package closebatch.export;

import java.util.ArrayList;
import java.util.List;

import closebatch.close.CloseClient;
import closebatch.close.Query;
import closebatch.config.ExportJob;
import tools.jackson.databind.JsonNode;

/**
 * The columns of a list export: the job's {@code fields}, or else the fields of the
 * endpoint's first object in the order the API gives them.
 */
final class ListLayouts {

	private ListLayouts() {
	}

	static ExportLayout plan(ExportJob job, CloseClient client) {
		List<String> names = job.fields();
		if (names.isEmpty()) {
			names = new ArrayList<>();
			Query first = Query.empty().limit(1);
			for (var filter : job.list().filters().entrySet()) {
				first = first.with(filter.getKey(), filter.getValue());
			}
			for (JsonNode object : client.list(job.list().endpoint() + "/", first).data()) {
				names.addAll(object.propertyNames());
			}
		}
		List<LayoutPart> parts = new ArrayList<>();
		for (String name : names) {
			parts.add(LayoutPlanner.regular(name.trim()));
		}
		return new ExportLayout(parts);
	}

}
