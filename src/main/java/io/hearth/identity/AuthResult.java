package io.hearth.identity;

/** What register, login and refresh answer: the user and a fresh token pair. */
record AuthResult(UserView user, String accessToken, String tokenType, long expiresIn, String refreshToken) {

	static AuthResult of(User user, AccessTokens.Issued access, String refreshToken) {
		return new AuthResult(UserView.of(user), access.token(), "Bearer", access.expiresIn(), refreshToken);
	}

}
