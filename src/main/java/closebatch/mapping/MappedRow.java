package closebatch.mapping;

/**
 * What the mapper makes of one input row: a lead or another object to load, or a
 * rejection saying why not.
 */
public sealed interface MappedRow permits LeadRecord, ObjectRecord, PhoneNumberRecord, Rejection {

	/** The physical row number in the input file (the header is row 1 in a CSV). */
	long rowNumber();

}
