package org.annals.web.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.annals.ingest.AnnotatedWorkbook;
import org.annals.ingest.Issue;
import org.annals.ingest.Severity;
import org.annals.ingest.Submission;
import org.annals.ingest.SubmissionChecker;
import org.annals.ingest.ResendAdvice;
import org.annals.ingest.SubmissionIntake;
import org.annals.ingest.Submissions;
import jakarta.servlet.http.HttpServletRequest;
import org.annals.support.AuditTrail;
import org.annals.web.UserAccounts;
import org.annals.support.Messages;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

/**
 * Departments' uploads: the file is stored and received like an inbox drop, and its check
 * report comes back at once. A department user uploads for its own department and sees
 * only its own submissions; an operator names the department.
 */
@RestController
@ConditionalOnWebApplication
class SubmissionsApiController {

	private final SubmissionIntake intake;

	private final SubmissionChecker checker;

	private final UserAccounts users;

	private final Submissions submissions;

	private final AnnotatedWorkbook annotated;

	private final RequestAudit audit;

	SubmissionsApiController(SubmissionIntake intake, SubmissionChecker checker, UserAccounts users,
			Submissions submissions, AnnotatedWorkbook annotated, RequestAudit audit) {
		this.annotated = annotated;
		this.submissions = submissions;
		this.audit = audit;
		this.intake = intake;
		this.checker = checker;
		this.users = users;
	}

	@PostMapping("/api/submissions")
	ResponseEntity<Map<String, Object>> upload(@RequestParam("file") MultipartFile file,
			@RequestParam(required = false) String department, Principal principal, HttpServletRequest request)
			throws IOException {
		String owner = this.users.departmentOf(principal.getName()).orElse(department);
		if (owner == null || owner.isBlank()) {
			return ResponseEntity.badRequest().body(Map.of("error", Messages.get("api.error.noDepartment")));
		}
		SubmissionIntake.Receipt receipt;
		try (InputStream in = file.getInputStream()) {
			receipt = this.intake.receive(in, owner, file.getOriginalFilename());
		}
		// the stored copy is named by its hash: the checker judges and names it by the
		// name
		// it was sent under, as ingest does
		Map<String, Object> audited = new LinkedHashMap<>();
		audited.put("file", file.getOriginalFilename());
		audited.put("department", owner);
		audited.put("submission", receipt.submissionId());
		audited.put("sha256", receipt.stored().sha256());
		audited.put("duplicate", receipt.duplicate());
		this.audit.record(principal, request, AuditTrail.UPLOAD, audited);
		SubmissionChecker.Result result = this.checker.check(receipt.stored().path(), file.getOriginalFilename(),
				owner);
		Map<String, Object> report = new LinkedHashMap<>();
		report.put("submissionId", receipt.submissionId());
		report.put("file", file.getOriginalFilename());
		report.put("department", owner);
		report.put("sha256", receipt.stored().sha256());
		report.put("duplicate", receipt.duplicate());
		if (receipt.duplicate()) {
			String status = this.submissions.get(receipt.submissionId()).status();
			report.put("status", status);
			report.put("next", ResendAdvice.chinese(status, receipt.submissionId()));
			report.put("nextEn", ResendAdvice.english(status, receipt.submissionId()));
		}
		report.put("kind", result.kind().code());
		report.put("format", result.format());
		report.put("facts", result.facts());
		report.put("events", result.events());
		report.put("rejected", result.rejected());
		if (result.issues().stream().anyMatch((i) -> i.severity() != Severity.INFO)) {
			report.put("annotated", "/api/submissions/" + receipt.submissionId() + "/annotated.xlsx");
		}
		report.put("issues", result.issues().stream().map(SubmissionsApiController::issue).toList());
		return ResponseEntity.ok(report);
	}

	/**
	 * The department's own workbook back with its problems marked (退回批注): a department's
	 * user gets only what its department sent (another's is not found), an operator any.
	 * The API's path for programs, the upload page's for a signed-in browser.
	 */
	@GetMapping({ "/api/submissions/{id}/annotated.xlsx", "/upload/submissions/{id}/annotated.xlsx" })
	ResponseEntity<byte[]> annotated(@PathVariable long id, Principal principal) throws IOException {
		Optional<String> own = this.users.departmentOf(principal.getName());
		Optional<Submission> submission = this.submissions.find(id);
		if (submission.isEmpty() || (own.isPresent() && !this.submissions.sentBy(id, own.get()))) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, Messages.get("api.error.noSuchSubmission", id));
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		this.annotated.write(id, "en".equals(Messages.locale().getLanguage()), out);
		return Downloads.file(
				AnnotatedWorkbook.fileName(submission.get().originalName(), Messages.get("annotate.fileSuffix")),
				Downloads.XLSX, out.toByteArray());
	}

	private static Map<String, Object> issue(Issue issue) {
		Map<String, Object> map = new LinkedHashMap<>();
		map.put("severity", issue.severity().name());
		map.put("code", issue.code());
		map.put("place", issue.place());
		map.put("message", issue.chinese());
		map.put("messageEn", issue.english());
		return map;
	}

	/**
	 * The submissions: an operator's list has every one, under the department that sent
	 * its bytes first; a department's has each submission it sent, under its own name,
	 * file and time (its latest receipt of those bytes), though another department may
	 * have sent the same bytes before.
	 */
	@GetMapping("/api/submissions")
	List<Map<String, Object>> submissions(Principal principal) {
		String own = this.users.departmentOf(principal.getName()).orElse(null);
		return this.submissions.listed(own).stream().map((submission) -> {
			Map<String, Object> row = new LinkedHashMap<>();
			row.put("id", submission.id());
			row.put("department", submission.department());
			row.put("file", submission.file());
			row.put("status", submission.status());
			row.put("receivedAt", submission.receivedAt());
			row.put("facts", submission.facts());
			row.put("errors", submission.errors());
			row.put("warnings", submission.warnings());
			return row;
		}).toList();
	}

}
