package io.hearth.club;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.hearth.identity.Caller;
import io.hearth.platform.ApiException;
import io.hearth.platform.PageQuery;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A member's in-app notifications (what was delivered, newest first, with the unread
 * count), the one-click unsubscribe, and the staff's view of the delivery queue.
 */
@Service
class MemberInbox {

	/** What a member sees: delivered, whether or not a mail went too. */
	static final List<String> SHOWN = List.of(ClubNotification.Status.SENT.value(),
			ClubNotification.Status.FAILED.value());

	private final ClubNotifications notifications;

	private final ClubEvents events;

	private final ClubMembers members;

	private final Membership membership;

	private final UnsubscribeLinks links;

	private final ClubLanguages languages;

	private final ClubAudit audit;

	private final Clock clock;

	MemberInbox(ClubNotifications notifications, ClubEvents events, ClubMembers members, Membership membership,
			UnsubscribeLinks links, ClubLanguages languages, ClubAudit audit, Clock clock) {
		this.audit = audit;
		this.notifications = notifications;
		this.events = events;
		this.members = members;
		this.membership = membership;
		this.links = links;
		this.languages = languages;
		this.clock = clock;
	}

	record NotificationView(UUID id, String kind, @Nullable String eventSlug, @Nullable String eventTitle,
			@Nullable Instant eventStartsAt, boolean read, boolean mailed, Instant createdAt,
			@Nullable Instant sentAt) {
	}

	/** A notification as staff see it in the queue. */
	record QueuedView(UUID id, UUID userId, String kind, String subject, String status, Instant dueAt, int attempts,
			@Nullable String lastError, @Nullable Instant sentAt, Instant createdAt) {
	}

	@Transactional(readOnly = true)
	Page<NotificationView> list(Caller caller, PageQuery paging, String language) {
		Page<ClubNotification> page = this.notifications.findByUserIdAndStatusInOrderByCreatedAtDescIdDesc(caller.id(),
				SHOWN, paging.toPageable(Sort.unsorted()));
		Map<UUID, ClubEvent> about = this.events
			.findAllById(page.getContent().stream().map(ClubNotification::eventId).filter((id) -> id != null).toList())
			.stream()
			.collect(Collectors.toMap(ClubEvent::id, Function.identity()));
		return page.map((n) -> {
			ClubEvent event = (n.eventId() != null) ? about.get(n.eventId()) : null;
			ClubLanguages.Chosen<ClubEvent.Text> text = (event != null) ? this.languages.pick(event.texts(), language)
					: null;
			return new NotificationView(n.id(), n.kind().value(), (event != null) ? event.slug() : null,
					(text != null) ? text.text().title() : null, (event != null) ? event.startsAt() : null,
					n.readAt() != null, n.mailed(), n.createdAt(), n.sentAt());
		});
	}

	@Transactional(readOnly = true)
	long unread(Caller caller) {
		return this.notifications.countByUserIdAndStatusInAndReadAtIsNull(caller.id(), SHOWN);
	}

	@Transactional
	void read(Caller caller, UUID id) {
		ClubNotification notification = this.notifications.findById(id)
			.filter((n) -> n.userId().equals(caller.id()) && SHOWN.contains(n.status().value()))
			.orElseThrow(() -> ApiException.notFound("Notification"));
		notification.read(now());
	}

	@Transactional
	int readAll(Caller caller) {
		List<ClubNotification> unread = this.notifications
			.findAll((root, query, cb) -> cb.and(cb.equal(root.get("userId"), caller.id()),
					root.get("status").in(SHOWN), cb.isNull(root.get("readAt"))));
		unread.forEach((n) -> n.read(now()));
		return unread.size();
	}

	/** The one-click unsubscribe: signed out, by the signed link of the mail. */
	@Transactional
	void unsubscribe(String member, String kind, String signature) {
		UUID user = checkUnsubscribe(member, kind, signature);
		ClubMember row = this.membership.member(user);
		row.stop(ClubNotification.Kind.of(kind), now());
		this.members.saveAndFlush(row);
	}

	/** The member of a genuine unsubscribe link; 403 for an altered one. */
	UUID checkUnsubscribe(String member, String kind, String signature) {
		UUID user;
		ClubNotification.Kind what;
		try {
			user = UUID.fromString(member);
			what = ClubNotification.Kind.of(kind);
		}
		catch (IllegalArgumentException ex) {
			throw ApiException.forbidden("This unsubscribe link is not valid");
		}
		if (signature.length() > 64 || !this.links.valid(user, what, signature)) {
			throw ApiException.forbidden("This unsubscribe link is not valid");
		}
		return user;
	}

	@Transactional(readOnly = true)
	Page<QueuedView> queue(Caller caller, ClubNotification.@Nullable Status status, PageQuery paging) {
		ClubAudit.requireStaff(caller);
		var sort = Sort.by(Sort.Direction.DESC, "createdAt", "id");
		Page<ClubNotification> page = (status == null) ? this.notifications.findAll(paging.toPageable(sort))
				: this.notifications.findAll((root, query, cb) -> cb.equal(root.get("status"), status.value()),
						paging.toPageable(sort));
		return page.map(MemberInbox::queued);
	}

	@Transactional
	QueuedView retry(Caller caller, UUID id) {
		ClubAudit.requireStaff(caller);
		ClubNotification notification = this.notifications.findById(id)
			.orElseThrow(() -> ApiException.notFound("Notification"));
		notification.retry(now());
		this.audit.changed("club_notification", id, "updated", caller, Map.of("status", "failed"),
				Map.of("status", "pending"));
		return queued(this.notifications.saveAndFlush(notification));
	}

	private static QueuedView queued(ClubNotification n) {
		return new QueuedView(n.id(), n.userId(), n.kind().value(), n.subject(), n.status().value(), n.dueAt(),
				n.attempts(), n.lastError(), n.sentAt(), n.createdAt());
	}

	private Instant now() {
		return this.clock.instant().truncatedTo(ChronoUnit.MICROS);
	}

}
