package io.hearth.planning;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import io.hearth.identity.Caller;
import io.hearth.platform.ApiException;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * A chat reply written to the client as the model writes it, for the API and the pages
 * alike. Events: {@code message} (the user's, stored), {@code text} (pieces of the
 * reply), {@code reply} (the stored reply) or {@code error} (a problem's status, code and
 * detail), then the stream ends. The reply is written on a virtual thread, so the request
 * thread is returned at once.
 */
@Component
class ChatStreams {

	private static final Duration LONGEST = Duration.ofMinutes(5);

	private final PlanningChat chat;

	private final ExecutorService writers = Executors.newVirtualThreadPerTaskExecutor();

	ChatStreams(PlanningChat chat) {
		this.chat = chat;
	}

	/** Stores {@code content} as the user's message and streams the reply to it. */
	SseEmitter stream(Caller caller, Analysis analysis, String content) throws IOException {
		PlanningChat.Message accepted = this.chat.accept(caller, analysis, content);
		SseEmitter emitter = new SseEmitter(LONGEST.toMillis());
		emitter.send(SseEmitter.event().name("message").data(accepted, MediaType.APPLICATION_JSON));
		this.writers.execute(() -> {
			try {
				PlanningChat.Message reply = this.chat.reply(caller, analysis, (piece) -> {
					try {
						emitter.send(SseEmitter.event()
							.name("text")
							.data(Map.of("text", piece), MediaType.APPLICATION_JSON));
					}
					catch (IOException ex) {
						throw new UncheckedIOException(ex);
					}
				});
				emitter.send(SseEmitter.event().name("reply").data(reply, MediaType.APPLICATION_JSON));
				emitter.complete();
			}
			catch (ApiException ex) {
				refuse(emitter, ex);
			}
			catch (RuntimeException | IOException ex) {
				// the client went away mid-reply: nothing left to tell
				emitter.completeWithError(ex);
			}
		});
		return emitter;
	}

	/** A stream of one {@code error} event: a refusal told the way a reply would be. */
	SseEmitter refused(ApiException ex) {
		SseEmitter emitter = new SseEmitter(LONGEST.toMillis());
		refuse(emitter, ex);
		return emitter;
	}

	private static void refuse(SseEmitter emitter, ApiException ex) {
		try {
			emitter.send(SseEmitter.event()
				.name("error")
				.data(Map.of("status", ex.status().value(), "code", ex.code(), "detail",
						String.valueOf(ex.getMessage())), MediaType.APPLICATION_JSON));
			emitter.complete();
		}
		catch (IOException | IllegalStateException gone) {
			emitter.completeWithError(gone);
		}
	}

}
