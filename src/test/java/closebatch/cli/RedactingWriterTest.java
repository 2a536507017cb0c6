package closebatch.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

import closebatch.error.Secrets;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The console never shows a registered key, even one written in pieces. */
class RedactingWriterTest {

	@Test
	void masksAKeyWrittenInSeveralPieces() {
		Secrets.register("api_writer_test_key");
		StringWriter target = new StringWriter();
		PrintWriter out = new PrintWriter(new RedactingWriter(target));

		out.print("key: api_wri");
		out.print("ter_test_key");
		out.println(" end");
		out.flush();

		assertThat(target.toString()).isEqualTo("key: [redacted] end" + System.lineSeparator());
	}

}
