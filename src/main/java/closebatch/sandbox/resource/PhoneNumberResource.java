package closebatch.sandbox.resource;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

import closebatch.sandbox.http.ApiException;
import closebatch.sandbox.http.ApiRequest;
import closebatch.sandbox.http.ApiResponse;
import closebatch.sandbox.http.FieldErrors;
import closebatch.sandbox.http.QueryParams;
import closebatch.sandbox.http.Router;
import closebatch.sandbox.store.Kind;
import closebatch.sandbox.store.SandboxStore;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code /phone_number/}: list and search, rent ({@link PhoneRental}), get, update
 * ({@link PhoneNumberUpdate}), release (docs pages "Phone Numbers", NOTES §7). A new
 * organization has no numbers: the sandbox seeds none, so a test rents what it needs.
 *
 * <p>
 * List filters: {@code number} (any notation libphonenumber reads, national ones as US
 * numbers; an unencoded {@code +}, which a query string turns into a space, still counts
 * as one), {@code user_id} (the owner of personal numbers; deprecated),
 * {@code is_group_number} (deprecated), and {@code participant_user_id} (the numbers the
 * user owns or takes part in). As the docs say, a user may update or release only their
 * own personal numbers (403 otherwise); the sandbox has no roles, so anyone may manage
 * group numbers.
 */
final class PhoneNumberResource {

	private final SandboxStore store;

	private final PhoneRentalPolicy rentalPolicy;

	PhoneNumberResource(SandboxStore store, PhoneRentalPolicy rentalPolicy) {
		this.store = store;
		this.rentalPolicy = rentalPolicy;
	}

	void register(Router router) {
		router
			.add("GET", "/phone_number/", "phone_number:read",
					QueryParameters.list(List.of("number", "user_id", "is_group_number", "participant_user_id")),
					this::list)
			.add("POST", "/phone_number/request/internal/", "phone_number:write", this::rent)
			.add("GET", "/phone_number/{id}/", "phone_number:read", QueryParameters.ONE, this::get)
			.add("PUT", "/phone_number/{id}/", "phone_number:write", this::update)
			.add("DELETE", "/phone_number/{id}/", "phone_number:write", this::delete);
	}

	private ApiResponse list(ApiRequest request) {
		Paging paging = Paging.from(request.query(), 1000, Integer.MAX_VALUE);
		FieldSelection fields = FieldSelection.from(request.query());
		Predicate<ObjectNode> filter = filter(request.query());
		List<ObjectNode> numbers = new ArrayList<>();
		for (ObjectNode number : this.store.oldestFirst(Kind.PHONE_NUMBER)) {
			if (filter.test(number)) {
				numbers.add(number);
			}
		}
		return ApiResponse
			.ok(paging.page(numbers).envelope(number -> fields.apply(PhoneNumberView.render(number)), false));
	}

	private static Predicate<ObjectNode> filter(QueryParams query) {
		Predicate<ObjectNode> filter = number -> true;
		Optional<String> raw = query.first("number");
		if (raw.isPresent()) {
			String text = raw.get().startsWith(" ") ? "+" + raw.get().trim() : raw.get();
			String e164 = PhoneNumbers.normalize(text, "US").map(PhoneNumbers.Normalized::e164).orElse(text);
			filter = filter.and(number -> number.path("number").asString("").equals(e164));
		}
		Optional<String> owner = query.first("user_id");
		if (owner.isPresent()) {
			filter = filter.and(number -> owner.get().equals(number.path("user_id").asString(null)));
		}
		Optional<Boolean> group = query.bool("is_group_number");
		if (group.isPresent()) {
			filter = filter.and(number -> number.path("is_group_number").asBoolean(false) == group.get());
		}
		Optional<String> participant = query.first("participant_user_id");
		if (participant.isPresent()) {
			filter = filter.and(number -> participant.get().equals(number.path("user_id").asString(null))
					|| number.path("participants")
						.valueStream()
						.anyMatch(id -> id.asString().equals(participant.get())));
		}
		return filter;
	}

	private ApiResponse rent(ApiRequest request) {
		PhoneRentalRequest rental = PhoneRentalRequest.read(request.bodyObject());
		String id = this.store.write(tx -> {
			ObjectNode number = PhoneRental.rent(tx, rental, this.rentalPolicy.rules(), request.caller());
			tx.put(Kind.PHONE_NUMBER, number);
			return number.get("id").asString();
		});
		return ApiResponse.created(PhoneNumberView.render(this.store.get(Kind.PHONE_NUMBER, id)));
	}

	private ApiResponse get(ApiRequest request) {
		ObjectNode number = Found.require(this.store.get(Kind.PHONE_NUMBER, request.pathVariable("id")),
				"Phone number");
		return ApiResponse.ok(FieldSelection.from(request.query()).apply(PhoneNumberView.render(number)));
	}

	private ApiResponse update(ApiRequest request) {
		String id = request.pathVariable("id");
		ObjectNode input = request.bodyObject();
		this.store.write(tx -> {
			ObjectNode number = owned(tx.get(Kind.PHONE_NUMBER, id), request, "update").deepCopy();
			FieldErrors errors = new FieldErrors();
			PhoneNumberUpdate.apply(tx, input, number, errors);
			errors.throwIfAny();
			number.put("date_updated", tx.timestamps().now());
			tx.put(Kind.PHONE_NUMBER, number);
			return null;
		});
		return ApiResponse.ok(PhoneNumberView.render(this.store.get(Kind.PHONE_NUMBER, id)));
	}

	private ApiResponse delete(ApiRequest request) {
		String id = request.pathVariable("id");
		this.store.write(tx -> {
			owned(tx.get(Kind.PHONE_NUMBER, id), request, "delete");
			tx.delete(Kind.PHONE_NUMBER, id);
			return null;
		});
		return ApiResponse.emptyObject();
	}

	/** The number, if it exists and the caller may change it. */
	private static ObjectNode owned(ObjectNode number, ApiRequest request, String action) {
		Found.require(number, "Phone number");
		JsonNode owner = number.path("user_id");
		if (!number.path("is_group_number").asBoolean(false) && owner.isString()
				&& !owner.asString().equals(request.caller().userId())) {
			throw ApiException.forbidden("You can only " + action + " your own personal phone numbers.");
		}
		return number;
	}

}
