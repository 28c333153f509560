package org.annals.ingest.internal.sheet;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFRelation;

/**
 * The parts of an xlsx workbook other than its sheets and shared strings, as the xlsx
 * cursor needs them: measured before POI reads them whole, the styles, and the names of
 * the hidden sheets.
 */
final class WorkbookParts {

	private static final XMLInputFactory XML = XMLHelper.newXMLInputFactory();

	private WorkbookParts() {
	}

	/**
	 * Measures the parts POI reads whole, found as POI finds them: the workbook part, the
	 * styles and the theme.
	 */
	static void measureWholeParts(OPCPackage pkg, XSSFReader reader, FileBudget budget)
			throws IOException, OpenXML4JException {
		budget.measure(reader.getWorkbookData(), "workbook");
		for (XSSFRelation relation : List.of(XSSFRelation.STYLES, XSSFRelation.THEME)) {
			List<PackagePart> parts = pkg.getPartsByContentType(relation.getContentType());
			if (!parts.isEmpty()) {
				budget.measure(parts.get(0).getInputStream(), parts.get(0).getPartName().getName());
			}
		}
	}

	/**
	 * The styles, read by POI whole. Their part has just been read to its end when it was
	 * measured, so an {@link IOException} here, which POI throws for XML it cannot parse
	 * without saying why, is about the content.
	 */
	static StylesTable styles(XSSFReader reader) throws InvalidFormatException {
		try {
			return reader.getStylesTable();
		}
		catch (IOException ex) {
			throw Rejections.of(ex);
		}
	}

	static Set<String> hiddenSheetNames(XSSFReader reader) throws IOException, OpenXML4JException, XMLStreamException {
		return sheetNames(reader, false);
	}

	/**
	 * The sheets Annals wrote as the annotation of a workbook it sent back
	 * ({@link AnnotationMark}): the sheet its defined name refers to, or none.
	 */
	static Set<String> annotationSheetNames(XSSFReader reader)
			throws IOException, OpenXML4JException, XMLStreamException {
		return sheetNames(reader, true);
	}

	private static Set<String> sheetNames(XSSFReader reader, boolean annotation)
			throws IOException, OpenXML4JException, XMLStreamException {
		Set<String> names = new HashSet<>();
		try (InputStream in = reader.getWorkbookData()) {
			XMLStreamReader wb = XML.createXMLStreamReader(in);
			while (wb.hasNext()) {
				if (wb.next() != XMLStreamConstants.START_ELEMENT) {
					continue;
				}
				if (!annotation && "sheet".equals(wb.getLocalName())) {
					String state = wb.getAttributeValue(null, "state");
					if ("hidden".equals(state) || "veryHidden".equals(state)) {
						names.add(wb.getAttributeValue(null, "name"));
					}
				}
				else if (annotation && "definedName".equals(wb.getLocalName())
						&& AnnotationMark.DEFINED_NAME.equals(wb.getAttributeValue(null, "name"))) {
					String sheet = AnnotationMark.sheetOf(wb.getElementText());
					if (sheet != null) {
						names.add(sheet);
					}
				}
			}
			wb.close();
		}
		return names;
	}

}
