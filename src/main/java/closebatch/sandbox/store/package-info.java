/**
 * The sandbox's data: Close objects held in memory as JSON documents and made durable in
 * SQLite.
 *
 * <p>
 * Objects are kept in the shape Close returns them (minus fields computed on read), so
 * that {@code _fields}, search over any regular field and persistence all work the same
 * way for every object type. The work of writes runs concurrently; their commits are
 * serialised (a write whose reads changed meanwhile runs again) and reach the disk before
 * they are acknowledged: a process killed at any moment never loses a write a client was
 * told about. May use only the JDK, Jackson and the SQLite driver; never the client
 * package {@code closebatch.close}.
 */
package closebatch.sandbox.store;
