package org.annals.web.internal;

import java.util.List;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Gives every page (the error pages included) the navigation of the signed-in user's role
 * ({@link RolePages}).
 */
@ControllerAdvice(annotations = Controller.class)
@ConditionalOnWebApplication
class Navigation {

	@ModelAttribute("navigation")
	List<RolePages.Page> navigation() {
		Authentication user = SecurityContextHolder.getContext().getAuthentication();
		return RolePages.of(user);
	}

}
