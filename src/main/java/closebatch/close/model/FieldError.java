package closebatch.close.model;

/**
 * One message of a 400 answer, with the path of the field it is about.
 *
 * @param path the field, with the index of each nested object
 * ({@code contacts[0].emails[1].email}); empty for an error about the request as a whole
 * @param message the server's message
 */
public record FieldError(String path, String message) {

	@Override
	public String toString() {
		return this.path.isEmpty() ? this.message : this.path + ": " + this.message;
	}

}
