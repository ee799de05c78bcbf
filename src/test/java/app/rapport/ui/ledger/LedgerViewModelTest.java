package app.rapport.ui.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.domain.ledger.LedgerRow;
import org.junit.jupiter.api.Test;

/** How the ledger's tables name a contact, without a window. */
class LedgerViewModelTest {
    @Test
    void aFlaggedContactHasTheFlagAfterTheName() {
        assertThat(LedgerViewModel.name(new LedgerRow(1, "Anna Schmidt", 2, 0))).isEqualTo("Anna Schmidt");
        assertThat(LedgerViewModel.name(new LedgerRow(1, "Anna Schmidt", 2, 0, true))).isEqualTo("Anna Schmidt  \u2691");
    }
}
