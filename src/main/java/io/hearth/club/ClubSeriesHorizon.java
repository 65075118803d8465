package io.hearth.club;

import java.time.Duration;

import io.hearth.jobs.RecurringJob;

import org.springframework.stereotype.Component;

/**
 * Every six hours: each live series made up to the horizon
 * ({@code hearth.club.series-horizon}).
 */
@Component
class ClubSeriesHorizon implements RecurringJob {

	private final SeriesPlanning series;

	ClubSeriesHorizon(SeriesPlanning series) {
		this.series = series;
	}

	@Override
	public String name() {
		return "club.series.horizon";
	}

	@Override
	public Duration interval() {
		return Duration.ofHours(6);
	}

	@Override
	public void run() {
		this.series.extend();
	}

}
