"""From a rule's match to the channels, as stages in a row: evaluate an article into alert
envelopes, then stories, silences, throttle and digest, then the dispatcher that hands each
alert to notify. Pure: state comes in and goes out as values, so no Faust here."""
