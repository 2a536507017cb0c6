/**
 * The sample import files under {@code samples/}: the deterministic generator that writes
 * them ({@link closebatch.samples.SampleLeads}) and the tests that read them through the
 * real {@code closebatch.source} readers and the shipped mapping.
 *
 * <p>
 * Test code only: may use {@code closebatch.source}, {@code closebatch.mapping},
 * {@code closebatch.config} and POI; nothing in main code depends on it.
 */
package closebatch.samples;
