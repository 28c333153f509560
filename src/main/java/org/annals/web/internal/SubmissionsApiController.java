package org.annals.web.internal;

import java.io.IOException;
import java.io.InputStream;
import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.annals.ingest.Issue;
import org.annals.ingest.SubmissionChecker;
import org.annals.ingest.ResendAdvice;
import org.annals.ingest.SubmissionIntake;
import org.annals.ingest.Submissions;
import jakarta.servlet.http.HttpServletRequest;
import org.annals.support.AuditTrail;
import org.annals.web.UserAccounts;
import org.annals.support.Messages;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

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

	private final RequestAudit audit;

	SubmissionsApiController(SubmissionIntake intake, SubmissionChecker checker, UserAccounts users,
			Submissions submissions, RequestAudit audit) {
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
		report.put("issues", result.issues().stream().map(SubmissionsApiController::issue).toList());
		return ResponseEntity.ok(report);
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
