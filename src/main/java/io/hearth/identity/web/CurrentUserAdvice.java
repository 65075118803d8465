package io.hearth.identity.web;

import java.util.HashMap;
import java.util.Map;

import io.hearth.identity.BrowserAccounts;
import io.hearth.identity.UserView;
import org.jspecify.annotations.Nullable;

import io.hearth.platform.PageAttributes;
import io.hearth.platform.PageController;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Every page knows who is signed in (the navigation shows it), error pages included
 * ({@link PageAttributes}).
 */
@ControllerAdvice(annotations = PageController.class)
class CurrentUserAdvice implements PageAttributes {

	private final ObjectProvider<BrowserAccounts> accounts;

	/** Lazily: a controller slice test has pages without identity's services. */
	CurrentUserAdvice(ObjectProvider<BrowserAccounts> accounts) {
		this.accounts = accounts;
	}

	@ModelAttribute("me")
	@Nullable UserView me() {
		BrowserAccounts available = this.accounts.getIfAvailable();
		return (available != null) ? available.current() : null;
	}

	@Override
	public Map<String, Object> pageAttributes() {
		Map<String, Object> attributes = new HashMap<>();
		attributes.put("me", me());
		return attributes;
	}

}
