package io.hearth.planning;

import java.math.BigDecimal;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A new analysis. {@code tier} premium costs credits (held now, taken when its tabs are
 * ready, given back if they fail); there is no other way to make one premium.
 */
record AnalysisRequest(
		@Schema(description = "The business idea, 20 to 5,000 characters") @NotBlank @Size(min = 20,
				max = 5000) String idea,
		@NotBlank @Size(max = 100) String industry,
		@Schema(description = "Who it is for") @NotBlank @Size(max = 500) String targetMarket,
		@Schema(description = "ISO 3166-1 alpha-2", example = "AE") @NotNull @Pattern(regexp = "[A-Za-z]{2}",
				message = "must be an ISO 3166-1 alpha-2 country code") String country,
		@Size(max = 100) @Nullable String city, @Valid @Nullable Budget budget,
		@Schema(description = "One of HEARTH_PLANNING_LANGUAGES (default en, ar); Arabic reports read right to left",
				example = "en") @NotNull @Size(max = 8) String language,
		@Schema(description = "free (overview and market) or premium (all six tabs and chat; costs credits)",
				allowableValues = {
						"free", "premium" }) @NotNull @Size(max = 10) String tier){

	/** A budget range in one currency. */
	record Budget(
			@NotNull @DecimalMin("0") @DecimalMax("1000000000000") @Digits(integer = 13, fraction = 2) BigDecimal min,
			@NotNull @DecimalMin("0") @DecimalMax("1000000000000") @Digits(integer = 13, fraction = 2) BigDecimal max,
			@Schema(description = "ISO 4217", example = "USD") @NotNull @Pattern(regexp = "[A-Za-z]{3}",
					message = "must be an ISO 4217 currency code") String currency) {

		@AssertTrue(message = "max must not be less than min")
		@Schema(hidden = true)
		boolean isOrdered() {
			return this.min == null || this.max == null || this.max.compareTo(this.min) >= 0;
		}

	}

}
