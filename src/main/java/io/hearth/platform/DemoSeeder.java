package io.hearth.platform;

import java.io.PrintWriter;

/** Demo data a module can make; {@code hearth seed-demo <name>} runs it. */
public interface DemoSeeder {

	String name();

	/**
	 * @param count how many of the module's main records to make
	 * @param out where generated passwords (printed once) and progress go
	 */
	void seed(int count, PrintWriter out);

}
