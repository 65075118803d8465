package io.hearth.club;

import io.hearth.identity.UserDeleted;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** A deleted user leaves the club: favourites, going, preferences and notifications. */
@Component
class DeletedUserMembership {

	private final MemberLinks links;

	private final NotificationRows notifications;

	private final ClubMembers members;

	DeletedUserMembership(MemberLinks links, NotificationRows notifications, ClubMembers members) {
		this.links = links;
		this.notifications = notifications;
		this.members = members;
	}

	@ApplicationModuleListener
	void on(UserDeleted event) {
		this.links.forgetUser(event.userId());
		this.notifications.forgetUser(event.userId());
		this.members.deleteById(event.userId());
	}

}
