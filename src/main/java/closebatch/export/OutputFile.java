package closebatch.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * An output file opened for appending at a known length: whatever lies past that length
 * (rows of a chunk that never committed) is cut off first, and the length after each
 * flush is known exactly, to be saved with the chunk.
 */
final class OutputFile extends OutputStream {

	private static final int BUFFER = 64 * 1024;

	private final FileChannel channel;

	private final ByteBuffer buffer = ByteBuffer.allocate(BUFFER);

	private long length;

	private OutputFile(FileChannel channel, long length) {
		this.channel = channel;
		this.length = length;
	}

	/**
	 * Opens {@code path} cut back to {@code length} bytes, creating it (and its
	 * directory) if needed.
	 * @throws OutputChangedException if the file is shorter than {@code length}: it is
	 * not the file the checkpoint describes
	 */
	static OutputFile openAt(Path path, long length) throws IOException {
		Path parent = path.toAbsolutePath().getParent();
		if (parent != null) {
			Files.createDirectories(parent);
		}
		FileChannel channel = FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
		if (channel.size() < length) {
			long size = channel.size();
			channel.close();
			throw new OutputChangedException(path, size, length);
		}
		channel.truncate(length);
		channel.position(length);
		return new OutputFile(channel, length);
	}

	/** The file's length once everything written so far is flushed. */
	long length() {
		return this.length + this.buffer.position();
	}

	@Override
	public void write(int b) throws IOException {
		if (!this.buffer.hasRemaining()) {
			drain();
		}
		this.buffer.put((byte) b);
	}

	@Override
	public void write(byte[] bytes, int offset, int count) throws IOException {
		if (count > this.buffer.remaining()) {
			drain();
			if (count > this.buffer.capacity()) {
				ByteBuffer direct = ByteBuffer.wrap(bytes, offset, count);
				while (direct.hasRemaining()) {
					this.length += this.channel.write(direct);
				}
				return;
			}
		}
		this.buffer.put(bytes, offset, count);
	}

	/** Writes out the buffer and forces the file's content to the disk. */
	@Override
	public void flush() throws IOException {
		drain();
		this.channel.force(false);
	}

	private void drain() throws IOException {
		this.buffer.flip();
		while (this.buffer.hasRemaining()) {
			this.length += this.channel.write(this.buffer);
		}
		this.buffer.clear();
	}

	@Override
	public void close() throws IOException {
		try {
			drain();
		}
		finally {
			this.channel.close();
		}
	}

}
