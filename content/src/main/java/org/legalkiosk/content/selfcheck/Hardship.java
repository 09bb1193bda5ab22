package org.legalkiosk.content.selfcheck;

import java.math.BigDecimal;
import java.util.Objects;

import org.legalkiosk.content.model.LocalizedText;

/**
 * The local economic-hardship standard (Legal Aid Law Art. 34: each province sets it). Shipped as content so a
 * county changes its figure without a new app. {@code example} marks a figure that is only a placeholder, which
 * the screen must say.
 */
public record Hardship(
        LocalizedText county, BigDecimal monthlyIncomePerMember, LocalizedText description, boolean example) {

    public Hardship {
        Objects.requireNonNull(county, "county");
        Objects.requireNonNull(monthlyIncomePerMember, "monthlyIncomePerMember");
        Objects.requireNonNull(description, "description");
    }

    /** True when a household's monthly income per member lies below the standard. */
    public boolean isBelow(BigDecimal incomePerMember) {
        return incomePerMember.compareTo(monthlyIncomePerMember) < 0;
    }
}
