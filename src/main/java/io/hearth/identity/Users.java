package io.hearth.identity;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface Users extends JpaRepository<User, UUID> {

	Optional<User> findByUsernameKey(String usernameKey);

	Optional<User> findByEmailKey(String emailKey);

	boolean existsByUsernameKey(String usernameKey);

	boolean existsByEmailKey(String emailKey);

	long countByRoleAndStatus(Role role, UserStatus status);

	// Login bookkeeping is atomic SQL, not a versioned entity update: concurrent attempts
	// are all
	// counted, and a login never fails on a version conflict. It does not change the
	// user's ETag.

	@Modifying
	@Query("update User u set u.failedLogins = u.failedLogins + 1 where u.id = :id")
	int countFailedLogin(UUID id);

	@Modifying
	@Query("update User u set u.lockedUntil = :until, u.failedLogins = 0 where u.id = :id and u.failedLogins >= :max")
	int lockIfTooManyFailures(UUID id, int max, Instant until);

	@Modifying(clearAutomatically = true, flushAutomatically = true)
	@Query("update User u set u.failedLogins = 0, u.lockedUntil = null, u.lastLoginAt = :now where u.id = :id")
	int recordLogin(UUID id, Instant now);

	@Query("""
			select u from User u
			where (:q is null or u.usernameKey like :q escape '!' or u.emailKey like :q escape '!'
				or lower(u.displayName) like :q escape '!')
			and (:role is null or u.role = :role)
			and (:status is null or u.status = :status)""")
	Page<User> search(@Nullable String q, @Nullable Role role, @Nullable UserStatus status, Pageable pageable);

}
