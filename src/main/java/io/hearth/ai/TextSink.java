package io.hearth.ai;

/** Receives a reply's text as it is written, piece by piece. */
@FunctionalInterface
public interface TextSink {

	TextSink NONE = (piece) -> {
	};

	void accept(String piece);

}
