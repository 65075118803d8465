package io.hearth.edge;

import io.hearth.platform.PageController;
import org.springframework.web.bind.annotation.GetMapping;

/** The home page: what Hearth is and where each product is. */
@PageController
class ShellPages {

	@GetMapping("/")
	String home() {
		return "home";
	}

}
