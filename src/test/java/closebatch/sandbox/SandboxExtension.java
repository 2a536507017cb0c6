package closebatch.sandbox;

import java.net.URI;
import java.util.List;

import closebatch.sandbox.http.FaultSettings;
import closebatch.sandbox.resource.OrganizationSeed;
import closebatch.sandbox.resource.PhoneRentalRules;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Starts one sandbox on 127.0.0.1 for a test class and gives every test an empty
 * organization with the default settings. Use as a static {@code @RegisterExtension}
 * field.
 */
public final class SandboxExtension implements BeforeAllCallback, BeforeEachCallback, AfterAllCallback {

	public static final String API_KEY = "api_test_key_0123456789";

	private final SandboxSettings settings;

	private Sandbox sandbox;

	public SandboxExtension() {
		this(SandboxSettings.defaults().withRateLimitPerKey(0));
	}

	public SandboxExtension(SandboxSettings settings) {
		this.settings = settings.withApiKeys(List.of(API_KEY));
	}

	@Override
	public void beforeAll(ExtensionContext context) {
		this.sandbox = Sandbox.start(this.settings);
	}

	@Override
	public void beforeEach(ExtensionContext context) {
		OrganizationSeed.reset(this.sandbox.store());
		this.sandbox.requests().clear();
		this.sandbox.faults().update(this.settings.faults());
		this.sandbox.rateLimiter().setPerKeyPerSecond(this.settings.rateLimitPerKey());
		this.sandbox.searchLimits().set(this.settings.cursorTtl(), this.settings.searchCap());
		this.sandbox.phoneRental().set(PhoneRentalRules.defaults());
	}

	@Override
	public void afterAll(ExtensionContext context) {
		this.sandbox.close();
	}

	public Sandbox sandbox() {
		return this.sandbox;
	}

	public URI baseUrl() {
		return this.sandbox.baseUrl();
	}

	/** A client authenticated with the test key. */
	public SandboxClient client() {
		return SandboxClient.withKey(baseUrl(), API_KEY);
	}

	public void faults(FaultSettings faults) {
		this.sandbox.faults().update(faults);
	}

}
