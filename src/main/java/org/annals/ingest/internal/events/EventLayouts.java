package org.annals.ingest.internal.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.annals.ingest.Issue;
import org.annals.ingest.IssueCode;
import org.annals.ingest.internal.layout.LayoutDetector;
import org.annals.ingest.internal.layout.RowInterpreter;
import org.annals.ingest.internal.layout.SheetContext;
import org.annals.ingest.internal.normalize.EventDates;
import org.annals.ingest.internal.sheet.Cell;
import org.annals.ingest.internal.sheet.SheetRow;
import org.annals.support.Text;

/**
 * Recognises an event log, as the statistics layouts are recognised: a header row with a
 * date column and a title or content column (日期, 单位/报送单位, 事项/标题, 内容; names vary), or a
 * Word document whose paragraphs start with dates. The year of dates written without one
 * comes from the title, the sheet name or the file name.
 */
public final class EventLayouts {

	private static final Set<String> DATE = Set.of("日期", "时间", "日期时间", "发生时间", "时间日期", "发生日期");

	private static final Set<String> DEPARTMENT = Set.of("单位", "报送单位", "部门", "报送部门", "责任单位", "来源单位");

	private static final Set<String> TITLE = Set.of("事项", "标题", "事件", "主题", "大事", "事由", "条目");

	private static final Set<String> CONTENT = Set.of("内容", "具体内容", "事件内容", "详细内容", "详情", "情况", "主要内容");

	private EventLayouts() {
	}

	/**
	 * Whether the first rows of a sheet look like an event log.
	 * @param head the first rows
	 * @return true for an event log
	 */
	public static boolean looksLikeEventLog(List<SheetRow> head) {
		for (int i = 0; i < Math.min(head.size(), 15); i++) {
			if (columns(head.get(i)) != null) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Recognises an event log sheet or document.
	 * @param head the first rows (paragraphs of a document)
	 * @param context the sheet
	 * @param document whether the rows are paragraphs of a Word document
	 * @return how to read the rest
	 */
	public static LayoutDetector.Detection detect(List<SheetRow> head, SheetContext context, boolean document) {
		List<Issue> issues = new ArrayList<>();
		RowInterpreter interpreter = null;
		int first = head.size();
		if (document) {
			int i = 0;
			StringBuilder title = new StringBuilder();
			while (i < head.size() && EventDates.leading(head.get(i).text(0), 2000, null).isEmpty()) {
				title.append(head.get(i).text(0)).append(' ');
				i++;
			}
			interpreter = new EventParagraphInterpreter(context, context.fallbackYear(title.toString()));
			first = 0;
		}
		else {
			for (int i = 0; i < Math.min(head.size(), 15) && interpreter == null; i++) {
				int[] columns = columns(head.get(i));
				if (columns != null) {
					String title = title(head, i);
					interpreter = new EventRowInterpreter(context, columns, context.fallbackYear(title));
					first = i + 1;
				}
			}
		}
		if (interpreter == null) {
			issues.add(Issue.of(IssueCode.LAYOUT_UNKNOWN, context.sheetName(), null, context.sheetName()));
			return new LayoutDetector.Detection(null, head.size(), issues);
		}
		issues.add(new Issue(IssueCode.LAYOUT_USED.severity(), IssueCode.LAYOUT_USED.name(), context.sheetName(), null,
				IssueCode.LAYOUT_USED.chinese(context.sheetName(), interpreter.chineseName()),
				IssueCode.LAYOUT_USED.english(context.sheetName(), interpreter.englishName())));
		return new LayoutDetector.Detection(interpreter, first, issues);
	}

	/** The columns date, department, title, content of a header row, or null. */
	private static int[] columns(SheetRow row) {
		int[] columns = { -1, -1, -1, -1 };
		for (Cell cell : row.cells()) {
			String f = Text.fold(cell.text());
			if (DATE.contains(f) && columns[0] < 0) {
				columns[0] = cell.column();
			}
			else if (DEPARTMENT.contains(f) && columns[1] < 0) {
				columns[1] = cell.column();
			}
			else if (TITLE.contains(f) && columns[2] < 0) {
				columns[2] = cell.column();
			}
			else if (CONTENT.contains(f) && columns[3] < 0) {
				columns[3] = cell.column();
			}
		}
		boolean complete = columns[0] >= 0 && (columns[2] >= 0 || columns[3] >= 0);
		return complete ? columns : null;
	}

	private static String title(List<SheetRow> head, int headerRow) {
		StringBuilder title = new StringBuilder();
		for (int i = 0; i < headerRow; i++) {
			head.get(i).cells().forEach((c) -> title.append(c.text().strip()).append(' '));
		}
		return title.toString();
	}

}
