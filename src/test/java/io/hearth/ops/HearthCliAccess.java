package io.hearth.ops;

import java.io.PrintWriter;

/** Lets tests of other modules run the command line in-process. */
public final class HearthCliAccess {

	private HearthCliAccess() {
	}

	public static int execute(Class<?> application, PrintWriter out, PrintWriter err, String... args) {
		return HearthCli.execute(application, out, err, args);
	}

	/**
	 * Runs {@code args} against the database settings {@code db}, expecting success.
	 * @return what the command printed
	 */
	public static String run(String[] db, String... args) {
		java.io.StringWriter out = new java.io.StringWriter();
		java.io.StringWriter err = new java.io.StringWriter();
		String[] all = new String[args.length + db.length];
		System.arraycopy(args, 0, all, 0, args.length);
		System.arraycopy(db, 0, all, args.length, db.length);
		int code = execute(io.hearth.HearthApplication.class, new PrintWriter(out, true), new PrintWriter(err, true),
				all);
		if (code != 0) {
			throw new IllegalStateException("exit " + code + ": " + err);
		}
		return out.toString();
	}

	/** The first column of the first row of {@code sql} (a count). */
	public static long count(java.sql.Connection connection, String sql) throws java.sql.SQLException {
		try (java.sql.Statement statement = connection.createStatement();
				java.sql.ResultSet rows = statement.executeQuery(sql)) {
			rows.next();
			return rows.getLong(1);
		}
	}

}
