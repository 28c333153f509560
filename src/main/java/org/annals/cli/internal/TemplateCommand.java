package org.annals.cli.internal;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.annals.ingest.TemplateWorkbook;
import org.annals.support.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code annals template DEPARTMENT [--out FILE]}: the blank workbook a department fills
 * in and sends back.
 */
@Command(name = "template", mixinStandardHelpOptions = true)
class TemplateCommand implements Callable<Integer> {

	@Parameters(paramLabel = "DEPARTMENT", descriptionKey = "department")
	String department;

	@Option(names = "--out", paramLabel = "FILE")
	Path out;

	private TemplateWorkbook workbook;

	/** For parsing only; Spring uses the other constructor. */
	TemplateCommand() {
	}

	@org.springframework.beans.factory.annotation.Autowired
	TemplateCommand(TemplateWorkbook workbook) {
		this.workbook = workbook;
	}

	@Override
	public Integer call() throws Exception {
		Path target = (this.out != null) ? this.out : Path.of(Messages.get("cli.template.fileName", this.department));
		if (!this.workbook.knows(this.department)) {
			PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
			err.println(Messages.get("cli.template.unknownDepartment", this.department));
		}
		// built in memory first, so that a failure never leaves half a workbook behind
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		this.workbook.write(this.department, bytes);
		Path parent = target.toAbsolutePath().getParent();
		if (parent != null) {
			Files.createDirectories(parent);
		}
		Files.write(target, bytes.toByteArray());
		PrintWriter stdout = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
		stdout.println(Messages.get("cli.template.written", target.toAbsolutePath()));
		return ExitCodes.OK;
	}

}
