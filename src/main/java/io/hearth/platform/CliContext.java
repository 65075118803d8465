package io.hearth.platform;

import java.util.List;

import org.springframework.context.ConfigurableApplicationContext;

/**
 * What the command line gives a module's commands: a started, non-web application
 * context. Module commands declare {@code @ParentCommand CliContext cli} and are listed
 * by the top-level command.
 */
public interface CliContext {

	/**
	 * @param springArgs extra {@code --key=value} settings from the command line
	 * @return a lazily initialised context; close it when done
	 */
	ConfigurableApplicationContext open(List<String> springArgs);

}
