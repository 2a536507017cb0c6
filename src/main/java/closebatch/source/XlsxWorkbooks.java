package closebatch.source;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import com.github.pjfanning.xlsx.SharedStringsImplementationType;
import com.github.pjfanning.xlsx.StreamingReader;
import org.apache.poi.poifs.crypt.Decryptor;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

import closebatch.error.Excerpt;
import closebatch.error.SourceLocation;
import closebatch.error.UserInputException;

/**
 * Opens workbooks for streaming and tells the user, by file name, why one cannot be read.
 *
 * <p>
 * The file's first bytes are checked before the workbook is opened, so that an old
 * {@code .xls}, a password-protected workbook (stored as an encrypted OLE2 container) and
 * a text file each get their own error. POI's {@code ZipSecureFile} limits (an entry
 * expanding more than 100 times, or past 4 GiB) stay at their defaults and are reported
 * as {@link SourceError#SPREADSHEET_TOO_COMPRESSED}, whenever the streaming reader meets
 * them.
 */
final class XlsxWorkbooks {

	private XlsxWorkbooks() {
	}

	/**
	 * Above this size (uncompressed XML), an eighth of the heap, a workbook's
	 * shared-strings table is kept in a temporary file rather than on the heap, where it
	 * takes two to four times its size: slower to read, but bounded in memory whatever
	 * the number of distinct strings. Below it, the strings are held in a map that gives
	 * each cell its text directly (POI's own read-only table makes a rich-text object per
	 * cell read, about a quarter of the reading time).
	 */
	static final long SHARED_STRINGS_IN_MEMORY_LIMIT = Runtime.getRuntime().maxMemory() / 8;

	private static final String SHARED_STRINGS_PART = "xl/sharedStrings.xml";

	static Workbook open(XlsxFile file, long sharedStringsInMemoryLimit) {
		checkKind(file);
		boolean sharedStringsOnDisk = sharedStringsSize(file) > sharedStringsInMemoryLimit;
		try {
			return StreamingReader.builder()
				.setSharedStringsImplementationType(
						sharedStringsOnDisk ? SharedStringsImplementationType.TEMP_FILE_BACKED
								: SharedStringsImplementationType.CUSTOM_MAP_BACKED)
				.setEncryptSstTempFile(false)
				.rowCacheSize(100)
				.bufferSize(4096)
				.setReadStyles(true)
				.setReadComments(false)
				.setReadHyperlinks(false)
				.setReadShapes(false)
				.setReadCoreProperties(false)
				.setReadSharedFormulas(false)
				.open(file.path().toFile());
		}
		catch (RuntimeException ex) {
			throw unreadable(file, ex);
		}
	}

	/** The uncompressed size of the shared-strings table, or 0 if unknown or absent. */
	private static long sharedStringsSize(XlsxFile file) {
		try (ZipFile zip = new ZipFile(file.path().toFile())) {
			ZipEntry entry = zip.getEntry(SHARED_STRINGS_PART);
			return (entry != null) ? Math.max(entry.getSize(), 0) : 0;
		}
		catch (IOException ex) {
			// the streaming reader will report what is wrong with the file
			return 0;
		}
	}

	private static void checkKind(XlsxFile file) {
		SourceLocation location = SourceLocation.of(file.label());
		File path = file.path().toFile();
		FileMagic magic;
		InputPaths.requireRegularFile(file.path(), file.label());
		try {
			if (Files.size(file.path()) == 0) {
				throw new UserInputException(SourceError.NOT_A_SPREADSHEET, location, "the file is empty.");
			}
			magic = FileMagic.valueOf(path);
		}
		catch (IOException ex) {
			throw new UserInputException(SourceError.FILE_NOT_READABLE, location,
					"the file cannot be read: " + ex.getMessage(), ex);
		}
		if (magic == FileMagic.OOXML) {
			return;
		}
		if (magic == FileMagic.OLE2) {
			if (isEncrypted(path)) {
				throw new UserInputException(SourceError.ENCRYPTED_SPREADSHEET, location,
						"the workbook is protected with a password.");
			}
			throw new UserInputException(SourceError.OLD_EXCEL_FORMAT, location,
					"the file is an Excel 97-2003 workbook (.xls), not .xlsx.");
		}
		throw new UserInputException(SourceError.NOT_A_SPREADSHEET, location,
				"the file is not an XLSX workbook" + ((magic == FileMagic.UNKNOWN) ? "." : " but " + magic + "."));
	}

	private static boolean isEncrypted(File path) {
		try (POIFSFileSystem container = new POIFSFileSystem(path, true)) {
			return container.getRoot().hasEntry(Decryptor.DEFAULT_POIFS_ENTRY);
		}
		catch (IOException | RuntimeException ex) {
			return false;
		}
	}

	/**
	 * The sheet a file names.
	 * @throws UserInputException naming the sheets there are, if there is no such sheet
	 */
	static Sheet sheet(XlsxFile file, Workbook workbook) {
		List<String> names = new ArrayList<>();
		List<Boolean> hidden = new ArrayList<>();
		for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
			names.add(workbook.getSheetName(i));
			hidden.add(workbook.isSheetHidden(i) || workbook.isSheetVeryHidden(i));
		}
		return workbook.getSheetAt(sheetIndex(file, new XlsxTabs(names, hidden)));
	}

	/**
	 * The name of the sheet a file names, read from the workbook's tabs without loading
	 * its shared strings when they can be read alone.
	 * @throws UserInputException as opening the file, or naming the sheets there are
	 */
	static String sheetName(XlsxFile file) {
		checkKind(file);
		return XlsxTabs.read(file.path()).map((tabs) -> tabs.names().get(sheetIndex(file, tabs))).orElseGet(() -> {
			try (XlsxRows rows = XlsxRows.open(file, SourcePosition.START)) {
				return rows.sheetName();
			}
		});
	}

	private static int sheetIndex(XlsxFile file, XlsxTabs tabs) {
		List<String> names = tabs.names();
		int index = -1;
		if (file.sheet() instanceof SheetSelector.Named named) {
			for (int i = 0; i < names.size() && index < 0; i++) {
				index = names.get(i).equalsIgnoreCase(named.name().strip()) ? i : -1;
			}
		}
		else if (file.sheet() instanceof SheetSelector.AtPosition at && at.position() <= names.size()) {
			index = at.position() - 1;
		}
		else if (file.sheet() instanceof SheetSelector.FirstVisible) {
			for (int i = 0; i < names.size() && index < 0; i++) {
				index = tabs.hidden().get(i) ? -1 : i;
			}
		}
		if (index < 0) {
			throw new UserInputException(SourceError.SHEET_NOT_FOUND, SourceLocation.of(file.label()),
					"the workbook has no sheet " + file.sheet() + "; its sheets are "
							+ Excerpt.list(names.stream().map((name) -> "\"" + name + "\"").toList()) + ".");
		}
		return index;
	}

	/**
	 * What to tell the user when the streaming reader fails on a file.
	 * @param file the file
	 * @param failure what the reader threw
	 * @return the user error
	 */
	static UserInputException unreadable(XlsxFile file, Exception failure) {
		SourceLocation location = SourceLocation.of(file.label());
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			String message = String.valueOf(cause.getMessage());
			if (message.contains("Zip bomb") || message.contains("ZipSecureFile")) {
				return new UserInputException(SourceError.SPREADSHEET_TOO_COMPRESSED, location,
						"the workbook expands beyond the limits for a safe spreadsheet.", failure);
			}
		}
		Throwable root = failure;
		while (root.getCause() != null) {
			root = root.getCause();
		}
		return new UserInputException(SourceError.NOT_A_SPREADSHEET, location,
				"the workbook is damaged and cannot be read (" + root.getClass().getSimpleName() + ": "
						+ root.getMessage() + ").",
				failure);
	}

}
