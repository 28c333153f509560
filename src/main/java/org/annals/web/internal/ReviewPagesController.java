package org.annals.web.internal;

import java.security.Principal;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.annals.review.ReviewItem;
import org.annals.review.ReviewRefusedException;
import org.annals.review.Reviews;
import org.annals.web.UserAccounts;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The reviewers' pages: the queue of their level and region (oldest first, the count in
 * the title) and an item's page (a submission's figures as sent with its report, a table
 * cell by cell with lineage, the chronicle entry by entry) with pass, send back (with a
 * reason) and comment. Another region's item is a 404.
 */
@Controller
@ConditionalOnWebApplication
class ReviewPagesController {

	private final Reviews reviews;

	private final ReviewContent content;

	private final UserAccounts users;

	ReviewPagesController(Reviews reviews, ReviewContent content, UserAccounts users) {
		this.reviews = reviews;
		this.content = content;
		this.users = users;
	}

	private Reviews.Reviewer reviewer(Principal principal, HttpServletRequest request) {
		return new Reviews.Reviewer(principal.getName(), this.users.regionOf(principal.getName()).orElse(null),
				request.getRemoteAddr());
	}

	@GetMapping("/review")
	String queue(Principal principal, HttpServletRequest request, Model model) {
		Reviews.Reviewer reviewer = reviewer(principal, request);
		List<ReviewItem> queue = this.reviews.queue(reviewer);
		model.addAttribute("queue", queue);
		model.addAttribute("region", reviewer.region());
		model.addAttribute("others",
				this.reviews.visible(reviewer)
					.stream()
					.filter((i) -> queue.stream().noneMatch((q) -> q.id() == i.id()))
					.toList());
		return "review";
	}

	@GetMapping("/review/{id}")
	String item(@PathVariable long id, Principal principal, HttpServletRequest request, Model model) {
		try {
			Map<String, Object> whole = this.content.whole(reviewer(principal, request), id);
			model.addAttribute("item", whole);
			model.addAttribute("mine", reviewer(principal, request).region().equals(whole.get("levelRegion"))
					&& ReviewItem.PENDING.equals(whole.get("state")));
			return "review-item";
		}
		catch (ReviewRefusedException ex) {
			throw refusal(ex);
		}
	}

	@PostMapping("/review/{id}/pass")
	String pass(@PathVariable long id, Principal principal, HttpServletRequest request, RedirectAttributes redirect) {
		return act(id, redirect, () -> this.reviews.pass(reviewer(principal, request), id));
	}

	@PostMapping("/review/{id}/return")
	String sendBack(@PathVariable long id, @RequestParam(required = false) String reason, Principal principal,
			HttpServletRequest request, RedirectAttributes redirect) {
		return act(id, redirect, () -> this.reviews.sendBack(reviewer(principal, request), id, reason));
	}

	@PostMapping("/review/{id}/comments")
	String comment(@PathVariable long id, @RequestParam(required = false) String target,
			@RequestParam(required = false) String text, Principal principal, HttpServletRequest request,
			RedirectAttributes redirect) {
		return act(id, redirect, () -> this.reviews.comment(reviewer(principal, request), id, target, text));
	}

	@PostMapping("/review/{id}/sign-off")
	String signOff(@PathVariable long id, Principal principal, HttpServletRequest request,
			RedirectAttributes redirect) {
		return act(id, redirect, () -> this.reviews.signOff(reviewer(principal, request), id));
	}

	private String act(long id, RedirectAttributes redirect, Runnable action) {
		try {
			action.run();
		}
		catch (ReviewRefusedException ex) {
			if (ex.reason() == ReviewRefusedException.Reason.NOT_FOUND) {
				throw refusal(ex);
			}
			redirect.addFlashAttribute("refused", ex.getMessage());
		}
		return "redirect:/review/" + id;
	}

	private static ResponseStatusException refusal(ReviewRefusedException ex) {
		HttpStatus status = (ex.reason() == ReviewRefusedException.Reason.NOT_FOUND) ? HttpStatus.NOT_FOUND
				: HttpStatus.FORBIDDEN;
		return new ResponseStatusException(status, ex.getMessage());
	}

}
