package io.hearth.ops;

import java.io.PrintWriter;

/** Lets tests of other modules run the command line in-process. */
public final class HearthCliAccess {

	private HearthCliAccess() {
	}

	public static int execute(Class<?> application, PrintWriter out, PrintWriter err, String... args) {
		return HearthCli.execute(application, out, err, args);
	}

}
