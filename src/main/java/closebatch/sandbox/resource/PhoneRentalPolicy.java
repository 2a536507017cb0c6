package closebatch.sandbox.resource;

import java.util.Objects;

/**
 * The phone rental rules in force, shared by the API and the sandbox's controls, which
 * change them at run time ({@code PUT /_sandbox/settings/}, key {@code phone_rental}).
 */
public final class PhoneRentalPolicy {

	private volatile PhoneRentalRules rules = PhoneRentalRules.defaults();

	public PhoneRentalRules rules() {
		return this.rules;
	}

	public void set(PhoneRentalRules rules) {
		this.rules = Objects.requireNonNull(rules);
	}

}
