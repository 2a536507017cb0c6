package closebatch.sandbox.resource;

import closebatch.sandbox.http.Router;
import closebatch.sandbox.store.SandboxStore;

/** Every Close API resource of the sandbox, registered on one router. */
public final class ApiResources {

	private ApiResources() {
	}

	/**
	 * Adds the routes of every resource; literal paths go before templates that would
	 * match them.
	 * @param phoneRental the rules phone number rentals follow
	 * @param legacySearch evaluates the legacy {@code query} of lead and contact lists
	 */
	public static void register(Router router, SandboxStore store, Views views, PhoneRentalPolicy phoneRental,
			LegacySearch legacySearch) {
		new LeadResource(store, views, legacySearch).register(router);
		new ContactResource(store, views, legacySearch).register(router);
		new CustomFieldResource(store).register(router);
		new CustomFieldSchemaResource(store).register(router);
		new LeadStatusResource(store).register(router);
		new UserResource(store).register(router);
		new TaskResource(store, views).register(router);
		new ActivityResource(store, views).register(router);
		ActivityTypeResource.notes(store, views).register(router);
		ActivityTypeResource.calls(store, views).register(router);
		ActivityTypeResource.customActivities(store, views).register(router);
		ActivityTypeResource.leadStatusChanges(store, views).register(router);
		ActivityTypeResource.opportunityStatusChanges(store, views).register(router);
		ActivityTypeResource.taskCompletions(store, views).register(router);
		ActivityTypeResource.leadMerges(store, views).register(router);
		new CustomActivityTypeResource(store).register(router);
		new PipelineResource(store).register(router);
		new OpportunityStatusResource(store).register(router);
		new OpportunityResource(store, views, legacySearch).register(router);
		new PhoneNumberResource(store, phoneRental).register(router);
		new SmsTemplateResource(store).register(router);
		new EmailTemplateResource(store).register(router);
	}

}
