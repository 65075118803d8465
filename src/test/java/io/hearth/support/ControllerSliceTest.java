package io.hearth.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.AliasFor;
import org.springframework.test.context.ActiveProfiles;

/**
 * A slice test of one module's controllers over MockMvc, with the real HTTP edge (error
 * body, ETags, paging binding, security chain, the pages' formats) and the use cases
 * mocked. Identity's token machinery is left out: requests carry a test JWT
 * ({@code jwt()}), never a signed one.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@WebMvcTest(
		includeFilters = @ComponentScan.Filter(type = FilterType.REGEX,
				pattern = { "io\\.hearth\\.edge\\..*", "io\\.hearth\\.platform\\.PageFormats" }),
		excludeFilters = @ComponentScan.Filter(type = FilterType.REGEX,
				pattern = "io\\.hearth\\.identity\\.AccessGate"))
@Import(SliceSecurity.class)
@ActiveProfiles("test")
public @interface ControllerSliceTest {

	/** The controllers under test. */
	@AliasFor(annotation = WebMvcTest.class, attribute = "controllers")
	Class<?>[] value() default {};

}
