package io.hearth.planning;

import java.io.IOException;
import java.util.List;
import java.util.UUID;

import io.hearth.identity.Caller;
import io.hearth.platform.Envelope;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The chat about a premium analysis: answered as JSON, or streamed as Server-Sent Events
 * ({@link ChatStreams}) when the client asks for {@code text/event-stream}.
 */
@RestController
@RequestMapping("/api/v1/planning/analyses/{id}/chat/messages")
@Tag(name = "Planning chat", description = "Discuss a premium analysis with the AI assistant")
class PlanningChatController {

	private final PlanningChat chat;

	private final ChatStreams streams;

	PlanningChatController(PlanningChat chat, ChatStreams streams) {
		this.chat = chat;
		this.streams = streams;
	}

	@GetMapping
	@Operation(summary = "The conversation, oldest first")
	Envelope<List<PlanningChat.Message>> history(Caller caller, @PathVariable UUID id) {
		return Envelope.of(this.chat.history(caller, id));
	}

	@PostMapping(produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Send a message; the assistant's reply as JSON",
			description = "Premium analyses only (403 PREMIUM_REQUIRED); 429 CHAT_LIMIT past the daily limit; 503 AI_BUSY when the model provider is busy.")
	ResponseEntity<Envelope<PlanningChat.Message>> send(Caller caller, @PathVariable UUID id,
			@Valid @RequestBody ChatRequest body) {
		Analysis analysis = this.chat.chattable(caller, id);
		this.chat.accept(caller, analysis, body.content());
		return ResponseEntity.status(HttpStatus.CREATED).body(Envelope.of(this.chat.reply(caller, analysis, null)));
	}

	@PostMapping(produces = MediaType.TEXT_EVENT_STREAM_VALUE)
	@Operation(summary = "Send a message; the reply streamed",
			description = "Events: message (yours, stored), text (pieces of the reply), reply (the stored reply), or error (a problem body), then the stream ends.")
	SseEmitter stream(Caller caller, @PathVariable UUID id, @Valid @RequestBody ChatRequest body) throws IOException {
		return this.streams.stream(caller, this.chat.chattable(caller, id), body.content());
	}

	/** One message to the assistant. */
	record ChatRequest(@NotBlank @Size(max = 4000) String content) {
	}

}
