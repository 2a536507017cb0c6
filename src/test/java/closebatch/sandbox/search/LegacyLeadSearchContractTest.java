package closebatch.sandbox.search;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import closebatch.sandbox.SandboxClient;
import closebatch.sandbox.SandboxExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The legacy lead search, {@code GET /lead/?query=…} (NOTES §4: deprecated in 2022 for
 * {@code /data/search/}; examples {@code name:"X"}, {@code company:"X" sort:created},
 * {@code date_updated>="…" sort:date_updated}, {@code slice:1/N},
 * {@code email_address:"…"}), and {@code id__in}, {@code status_id} and {@code _order_by}
 * on {@code /lead/}, as Close's scripts use them (issue #11).
 */
class LegacyLeadSearchContractTest {

	@RegisterExtension
	static final SandboxExtension sandbox = new SandboxExtension();

	private final SandboxClient close = sandbox.client();

	private String acme;

	private String bluth;

	private String wayne;

	private String segment;

	@BeforeEach
	void threeLeads() {
		this.segment = this.close.post("custom_field/lead/", Map.of("name", "Segment", "type", "text"))
			.ok()
			.get("id")
			.asString();
		this.acme = this.close
			.post("lead/",
					Map.of("name", "Acme Rockets", "status", "Qualified", "custom.Segment", "Enterprise", "contacts",
							List.of(Map.of("name", "Wile", "emails", List.of(Map.of("email", "wile@acme.test"))),
									Map.of("name", "Road Runner", "phones", List.of(Map.of("phone", "+14155550123"))))))
			.ok()
			.get("id")
			.asString();
		this.bluth = this.close
			.post("lead/",
					Map.of("name", "Bluth Company", "description", "Frozen bananas", "addresses",
							List.of(Map.of("city", "Newport"), Map.of("city", "Orange County"))))
			.ok()
			.get("id")
			.asString();
		this.wayne = this.close.post("lead/", Map.of("name", "Wayne Enterprises", "custom.Segment", "SMB"))
			.ok()
			.get("id")
			.asString();
	}

	@Test
	void findsLeadsByNameFreeTextEmailPhoneAndStatus() {
		assertThat(leads("name:\"Acme Rockets\"")).containsExactly(this.acme);
		assertThat(leads("company:Wayne")).containsExactly(this.wayne);
		assertThat(leads("bananas")).containsExactly(this.bluth);
		assertThat(leads("email_address:\"wile@acme.test\"")).containsExactly(this.acme);
		assertThat(leads("phone:\"+14155550123\"")).containsExactly(this.acme);
		assertThat(leads("status:\"Qualified\"")).containsExactly(this.acme);
		assertThat(leads("name:\"Nobody\"")).isEmpty();
	}

	@Test
	void findsByCustomFieldNameAndByHavingAValueAndNegates() {
		assertThat(leads("custom.Segment:\"SMB\"")).containsExactly(this.wayne);
		assertThat(leads("\"custom.Segment\":*")).containsExactlyInAnyOrder(this.acme, this.wayne);
		assertThat(leads("not \"custom.Segment\":*")).containsExactly(this.bluth);
		assertThat(leads("not name:Acme \"custom.Segment\":*")).containsExactly(this.wayne);
	}

	/**
	 * The script that deleted secondary addresses looped forever on a 200 of everything.
	 */
	@Test
	void comparesContactAndAddressCounts() {
		assertThat(leads("addresses > 1")).containsExactly(this.bluth);
		assertThat(leads("contacts>=2")).containsExactly(this.acme);
		assertThat(leads("contacts < 1")).containsExactlyInAnyOrder(this.bluth, this.wayne);
	}

	@Test
	void comparesDatesAndSorts() {
		assertThat(leads("created >= 2000-01-01 sort:created")).containsExactly(this.acme, this.bluth, this.wayne);
		assertThat(leads("date_created>=\"2000-01-01T00:00\" sort:-created")).containsExactly(this.wayne, this.bluth,
				this.acme);
		assertThat(leads("updated < 2000-01-01")).isEmpty();
		assertThat(leads("sort:name")).containsExactly(this.acme, this.bluth, this.wayne);
	}

	/** Slices partition the leads: every lead in exactly one, the same one every time. */
	@Test
	void slicesPartitionTheLeadsDeterministically() {
		for (int i = 0; i < 12; i++) {
			this.close.post("lead/", Map.of("name", "Filler " + i)).ok();
		}
		List<String> all = new ArrayList<>();
		for (int slice = 0; slice < 3; slice++) {
			List<String> part = leads("slice:" + slice + "/3");
			assertThat(leads("slice:" + slice + "/3")).isEqualTo(part);
			all.addAll(part);
		}

		assertThat(all).hasSize(15);
		assertThat(new HashSet<>(all)).hasSize(15);
	}

	@Test
	void refusesAClauseItDoesNotKnowAndNamesIt() {
		SandboxClient.Response unknownField = this.close.get("lead/?query=" + encode("opportunities_won:3"));
		SandboxClient.Response unknownCustom = this.close.get("lead/?query=" + encode("custom.Colour:\"red\""));
		SandboxClient.Response badSlice = this.close.get("lead/?query=" + encode("slice:3/3"));
		SandboxClient.Response danglingNot = this.close.get("lead/?query=" + encode("name:Acme not"));

		assertThat(unknownField.status()).isEqualTo(400);
		assertThat(unknownField.body().at("/field-errors/query").asString()).contains("opportunities_won:3");
		assertThat(unknownCustom.body().at("/field-errors/query").asString()).contains("Colour");
		assertThat(badSlice.status()).isEqualTo(400);
		assertThat(danglingNot.status()).isEqualTo(400);
	}

	@Test
	void filtersTheListByIdInAndStatusIdAndOrdersIt() {
		String qualified = this.close.get("lead/" + this.acme + "/").ok().get("status_id").asString();

		assertThat(ids("lead/?id__in=" + this.acme + "," + this.wayne)).containsExactly(this.wayne, this.acme);
		assertThat(ids("lead/?status_id=" + qualified)).containsExactly(this.acme);
		assertThat(ids("lead/?_order_by=date_created")).containsExactly(this.acme, this.bluth, this.wayne);
		assertThat(ids("lead/?_order_by=-display_name")).containsExactly(this.wayne, this.bluth, this.acme);
		assertThat(
				this.close.get("lead/?query=" + encode("sort:created") + "&_limit=2").ok().get("total_results").asInt())
			.isEqualTo(3);
		assertThat(this.close.get("lead/?_order_by=colour").status()).isEqualTo(400);
	}

	@Test
	void listsTheContactsOfTheLeadsAQueryFinds() {
		List<String> names = this.close.get("contact/?query=" + encode("name:Acme"))
			.ok()
			.get("data")
			.findValuesAsString("name");

		assertThat(names).containsExactly("Wile", "Road Runner");
	}

	private List<String> leads(String query) {
		return ids("lead/?query=" + encode(query));
	}

	private List<String> ids(String path) {
		ObjectNode body = this.close.get(path).ok();
		List<String> ids = new ArrayList<>();
		body.get("data").forEach(lead -> ids.add(lead.get("id").asString()));
		Set<String> unique = new HashSet<>(ids);
		assertThat(unique).hasSameSizeAs(ids);
		return ids;
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

}
