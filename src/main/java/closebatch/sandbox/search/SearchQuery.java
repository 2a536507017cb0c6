package closebatch.sandbox.search;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A query of the Advanced Filtering API (the docs, "Available query types"), parsed and
 * checked by {@link QueryParser}.
 */
sealed interface SearchQuery {

	boolean matches(Candidate candidate, EvaluationContext context);

	/**
	 * The returnable kinds this query can match at all, so that a search for leads never
	 * looks at contacts.
	 */
	default Set<ObjectKind> possibleKinds() {
		return EnumSet.of(ObjectKind.LEAD, ObjectKind.CONTACT);
	}

	/**
	 * {@code {"type": "and", "queries": [...]}}; with no queries it matches everything.
	 */
	record And(List<SearchQuery> queries) implements SearchQuery {

		@Override
		public boolean matches(Candidate candidate, EvaluationContext context) {
			return this.queries.stream().allMatch(query -> query.matches(candidate, context));
		}

		@Override
		public Set<ObjectKind> possibleKinds() {
			Set<ObjectKind> kinds = SearchQuery.super.possibleKinds();
			this.queries.forEach(query -> kinds.retainAll(query.possibleKinds()));
			return kinds;
		}

	}

	/** {@code {"type": "or", "queries": [...]}}; with no queries it matches nothing. */
	record Or(List<SearchQuery> queries) implements SearchQuery {

		@Override
		public boolean matches(Candidate candidate, EvaluationContext context) {
			return this.queries.stream().anyMatch(query -> query.matches(candidate, context));
		}

		@Override
		public Set<ObjectKind> possibleKinds() {
			Set<ObjectKind> kinds = EnumSet.noneOf(ObjectKind.class);
			this.queries.forEach(query -> kinds.addAll(query.possibleKinds()));
			return kinds;
		}

	}

	/** Any query with {@code "negate": true}: matches what the query does not. */
	record Not(SearchQuery query) implements SearchQuery {

		@Override
		public boolean matches(Candidate candidate, EvaluationContext context) {
			return !this.query.matches(candidate, context);
		}

	}

	/** {@code {"type": "match_all"}} */
	record MatchAll() implements SearchQuery {

		@Override
		public boolean matches(Candidate candidate, EvaluationContext context) {
			return true;
		}

	}

	/** {@code {"type": "match_none"}} */
	record MatchNone() implements SearchQuery {

		@Override
		public boolean matches(Candidate candidate, EvaluationContext context) {
			return false;
		}

		@Override
		public Set<ObjectKind> possibleKinds() {
			return EnumSet.noneOf(ObjectKind.class);
		}

	}

	/** {@code {"type": "object_type", "object_type": "contact"}} */
	record OfType(ObjectType objectType) implements SearchQuery {

		@Override
		public boolean matches(Candidate candidate, EvaluationContext context) {
			return this.objectType.matches(candidate);
		}

		@Override
		public Set<ObjectKind> possibleKinds() {
			return only(this.objectType.kind());
		}

	}

	/** {@code {"type": "id", "value": "cont_abcdef"}} */
	record Id(String value) implements SearchQuery {

		@Override
		public boolean matches(Candidate candidate, EvaluationContext context) {
			return this.value.equals(candidate.id());
		}

		@Override
		public Set<ObjectKind> possibleKinds() {
			return ObjectKind.ofId(this.value).map(SearchQuery::only).orElse(EnumSet.noneOf(ObjectKind.class));
		}

	}

	/** {@code {"type": "text", "value": "Bruce", "mode": "full_words"}} */
	record Text(TextMode mode, String value) implements SearchQuery {

		@Override
		public boolean matches(Candidate candidate, EvaluationContext context) {
			return this.mode.matches(this.value, ObjectText.of(candidate, context));
		}

	}

	/**
	 * {@code {"type": "has_related", "this_object_type": "contact", "related_object_type":
	 * "lead", "related_query": {...}}}: some related object matches the related query.
	 */
	record HasRelated(ObjectType thisType, ObjectType relatedType, SearchQuery related) implements SearchQuery {

		@Override
		public boolean matches(Candidate candidate, EvaluationContext context) {
			if (!this.thisType.matches(candidate)) {
				return false;
			}
			return Relations.of(candidate, this.relatedType, context)
				.stream()
				.anyMatch(other -> this.related.matches(other, context));
		}

		@Override
		public Set<ObjectKind> possibleKinds() {
			return only(this.thisType.kind());
		}

	}

	/** {@code {"type": "field_condition", "field": {...}, "condition": {...}}} */
	record OnField(SearchField field, FieldCondition condition) implements SearchQuery {

		@Override
		public boolean matches(Candidate candidate, EvaluationContext context) {
			return this.condition.test(this.field.values(candidate, context), context);
		}

		@Override
		public Set<ObjectKind> possibleKinds() {
			if (this.field instanceof SearchField.Regular regular) {
				return only(regular.objectType().kind());
			}
			return SearchQuery.super.possibleKinds();
		}

	}

	private static Set<ObjectKind> only(ObjectKind kind) {
		return kind.returnable() ? EnumSet.of(kind) : EnumSet.noneOf(ObjectKind.class);
	}

}
