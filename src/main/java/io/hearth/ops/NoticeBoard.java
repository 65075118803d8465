package io.hearth.ops;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.hearth.platform.IfMatch;
import io.hearth.platform.ApiException;
import io.hearth.platform.CursorPage;
import io.hearth.platform.Cursors;
import io.hearth.platform.PageQuery;
import io.hearth.platform.SortParameter;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The notice board's use cases. Reading is public; writing is for admins. */
@Service
class NoticeBoard {

	static final SortParameter SORT = SortParameter.allow(
			Map.of("created_at", "createdAt", "title", "titleKey", "pinned", "pinned", "updated_at", "updatedAt"),
			Sort.by(Sort.Order.desc("pinned"), Sort.Order.desc("createdAt"), Sort.Order.desc("id")));

	private final Notices notices;

	private final Clock clock;

	NoticeBoard(Notices notices, Clock clock) {
		this.notices = notices;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	Page<NoticeView> list(PageQuery paging, @Nullable String sort) {
		Sort order = SORT.parse(sort, "id");
		return this.notices.findAll(paging.toPageable(order)).map(NoticeView::of);
	}

	/** Newest first by keyset: a deep page costs the same as the first. */
	@Transactional(readOnly = true)
	CursorPage<NoticeView> scroll(PageQuery paging) {
		Limit limit = Limit.of(paging.perPage() + 1);
		String cursor = paging.cursor();
		List<Notice> rows;
		if (cursor == null || cursor.isEmpty()) {
			rows = this.notices.findAllByOrderByCreatedAtDescIdDesc(limit);
		}
		else {
			Cursors.Keyset keyset = Cursors.keyset(cursor);
			rows = this.notices.findPageAfter(keyset.at(), keyset.id(), limit);
		}
		return CursorPage.of(rows.stream().map(NoticeView::of).toList(), paging.perPage(),
				(last) -> List.of(last.createdAt().toString(), last.id().toString()));
	}

	@Transactional(readOnly = true)
	NoticeView get(UUID id) {
		return NoticeView.of(find(id));
	}

	@Transactional
	@PreAuthorize("hasRole('ADMIN')")
	NoticeView post(NoticeRequest request) {
		Notice notice = new Notice(request.title(), request.body(), request.pinnedOrFalse(), now());
		return NoticeView.of(this.notices.saveAndFlush(notice));
	}

	@Transactional
	@PreAuthorize("hasRole('ADMIN')")
	NoticeView revise(UUID id, NoticeRequest request, IfMatch ifMatch) {
		Notice notice = find(id);
		ifMatch.require(notice.version());
		notice.revise(request.title(), request.body(), request.pinnedOrFalse(), now());
		return NoticeView.of(this.notices.saveAndFlush(notice));
	}

	@Transactional
	@PreAuthorize("hasRole('ADMIN')")
	void remove(UUID id, IfMatch ifMatch) {
		Notice notice = find(id);
		ifMatch.require(notice.version());
		this.notices.delete(notice);
	}

	private Notice find(UUID id) {
		return this.notices.findById(id).orElseThrow(() -> ApiException.notFound("Notice"));
	}

	private Instant now() {
		return this.clock.instant().truncatedTo(ChronoUnit.MICROS);
	}

}
