package org.annals.web.internal;

import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.annals.review.ReviewItem;
import org.annals.review.ReviewRefusedException;
import org.annals.review.Reviews;
import org.annals.support.Messages;
import org.annals.web.UserAccounts;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The review API (三级联动审查), for reviewers: the queue of their level and region (oldest
 * first), the items they may see, an item whole, pass, send back with a reason, comment
 * on a cell, fact or entry, and the province's sign-off (审定). A department reads the
 * review of its own files. An item outside the reviewer's region is a 404; one theirs to
 * see but waiting at another level is a 403.
 */
@RestController
@ConditionalOnWebApplication
class ReviewsApiController {

	private final Reviews reviews;

	private final ReviewContent content;

	private final UserAccounts users;

	ReviewsApiController(Reviews reviews, ReviewContent content, UserAccounts users) {
		this.reviews = reviews;
		this.content = content;
		this.users = users;
	}

	private Reviews.Reviewer reviewer(Principal principal, HttpServletRequest request) {
		return new Reviews.Reviewer(principal.getName(), this.users.regionOf(principal.getName()).orElse(null),
				request.getRemoteAddr());
	}

	@GetMapping("/api/reviews/queue")
	Map<String, Object> queue(Principal principal, HttpServletRequest request) {
		List<ReviewItem> queue = this.reviews.queue(reviewer(principal, request));
		Map<String, Object> out = new LinkedHashMap<>();
		out.put("count", queue.size());
		out.put("items", queue.stream().map(ReviewContent::summary).toList());
		return out;
	}

	@GetMapping("/api/reviews")
	List<Map<String, Object>> visible(Principal principal, HttpServletRequest request) {
		return this.reviews.visible(reviewer(principal, request)).stream().map(ReviewContent::summary).toList();
	}

	@GetMapping("/api/reviews/{id}")
	Map<String, Object> item(@PathVariable long id, Principal principal, HttpServletRequest request) {
		return this.content.whole(reviewer(principal, request), id);
	}

	@PostMapping("/api/reviews/{id}/pass")
	Map<String, Object> pass(@PathVariable long id, Principal principal, HttpServletRequest request) {
		return ReviewContent.summary(this.reviews.pass(reviewer(principal, request), id));
	}

	@PostMapping("/api/reviews/{id}/return")
	Map<String, Object> sendBack(@PathVariable long id, @RequestParam(required = false) String reason,
			Principal principal, HttpServletRequest request) {
		return ReviewContent.summary(this.reviews.sendBack(reviewer(principal, request), id, reason));
	}

	@PostMapping("/api/reviews/{id}/comments")
	ResponseEntity<Map<String, Object>> comment(@PathVariable long id, @RequestParam(required = false) String target,
			@RequestParam(required = false) String text, Principal principal, HttpServletRequest request) {
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(ReviewContent.event(this.reviews.comment(reviewer(principal, request), id, target, text)));
	}

	@PostMapping("/api/reviews/{id}/sign-off")
	Map<String, Object> signOff(@PathVariable long id, Principal principal, HttpServletRequest request) {
		return ReviewContent.summary(this.reviews.signOff(reviewer(principal, request), id));
	}

	@GetMapping("/api/submissions/reviews")
	ResponseEntity<Object> ofDepartment(@RequestParam(required = false) String department, Principal principal) {
		String owner = this.users.departmentOf(principal.getName()).orElse(department);
		if (owner == null || owner.isBlank()) {
			return ResponseEntity.badRequest().body(Map.of("error", Messages.get("api.error.noDepartment")));
		}
		return ResponseEntity.ok(this.content.ofDepartment(owner));
	}

	@ExceptionHandler(ReviewRefusedException.class)
	ResponseEntity<Map<String, Object>> refused(ReviewRefusedException ex) {
		HttpStatus status = switch (ex.reason()) {
			case NOT_FOUND -> HttpStatus.NOT_FOUND;
			case FORBIDDEN -> HttpStatus.FORBIDDEN;
			case CONFLICT -> HttpStatus.CONFLICT;
			case INVALID -> HttpStatus.BAD_REQUEST;
		};
		return ResponseEntity.status(status).body(Map.of("error", ex.getMessage()));
	}

}
