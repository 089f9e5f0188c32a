/* Finding the line that holds a byte offset, in a sorted array of line
 * starts (the source's, a code block's content, an editor's document). */
#ifndef AL_LINE_INDEX_H
#define AL_LINE_INDEX_H

#include <stddef.h>

/* The index of the last of starts[0, count) that is <= offset (0 when
 * count is 0 or none is): a binary search. */
static inline size_t al_line_index_find(const size_t *starts, size_t count, size_t offset)
{
    size_t lo = 0, hi = count;
    while (hi - lo > 1) {
        size_t mid = lo + (hi - lo) / 2;
        if (starts[mid] <= offset)
            lo = mid;
        else
            hi = mid;
    }
    return lo;
}

#endif
