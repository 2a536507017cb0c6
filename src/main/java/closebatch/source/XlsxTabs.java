package closebatch.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The sheet tabs of a workbook, in order, with whether each is hidden, read from its
 * {@code xl/workbook.xml} alone: naming the sheet a job reads needs neither its rows nor
 * its shared strings, which can take longer to load than the tabs take to read.
 *
 * @param names the sheets' names, in tab order
 * @param hidden whether each is hidden (or very hidden)
 */
record XlsxTabs(List<String> names, List<Boolean> hidden) {

	private static final String WORKBOOK_PART = "xl/workbook.xml";

	XlsxTabs {
		names = List.copyOf(names);
		hidden = List.copyOf(hidden);
	}

	/**
	 * The tabs of a workbook.
	 * @param workbook an XLSX file
	 * @return its tabs, or empty if its workbook part is not where Excel writes it or
	 * cannot be read (the streaming reader then says what is wrong)
	 */
	static Optional<XlsxTabs> read(Path workbook) {
		try (ZipFile zip = new ZipFile(workbook.toFile())) {
			ZipEntry part = zip.getEntry(WORKBOOK_PART);
			if (part == null) {
				return Optional.empty();
			}
			try (InputStream in = zip.getInputStream(part)) {
				return Optional.of(read(in));
			}
		}
		catch (IOException | XMLStreamException | RuntimeException ex) {
			return Optional.empty();
		}
	}

	private static XlsxTabs read(InputStream in) throws XMLStreamException {
		XMLInputFactory factory = XMLInputFactory.newFactory();
		factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
		factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
		XMLStreamReader xml = factory.createXMLStreamReader(in);
		List<String> names = new ArrayList<>();
		List<Boolean> hidden = new ArrayList<>();
		try {
			while (xml.hasNext()) {
				if (xml.next() == XMLStreamReader.START_ELEMENT && xml.getLocalName().equals("sheet")) {
					names.add(xml.getAttributeValue(null, "name"));
					String state = xml.getAttributeValue(null, "state");
					hidden.add("hidden".equals(state) || "veryHidden".equals(state));
				}
			}
		}
		finally {
			xml.close();
		}
		if (names.contains(null)) {
			throw new IllegalStateException("a sheet without a name");
		}
		return new XlsxTabs(names, hidden);
	}

}
