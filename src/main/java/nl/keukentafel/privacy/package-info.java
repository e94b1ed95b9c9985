/**
 * What residents are told about their data and whom they can ask: the privacy settings (the
 * organisation, its contact, the default retention term) that the privacy page and the retention
 * job read (docs/privacy.md).
 */
@NullMarked
package nl.keukentafel.privacy;

import org.jspecify.annotations.NullMarked;
