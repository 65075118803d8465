package io.hearth.collections;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** A category body: full for POST/PUT, only the present parts for PATCH. */
public record CategoryRequest(@Nullable @Size(max = 100) String name, @Nullable @Size(max = 2000) String description,
		@Nullable List<@Valid FieldDefinition> fields) {

}
