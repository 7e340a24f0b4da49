/* The interface between the C glue (kernel headers, registration) and the
 * C++ driver (no kernel headers). Plain C so both sides include it. */
#ifndef KT_ENTROPY_H
#define KT_ENTROPY_H

#include <kernel-tidy/annotations.h>

#ifdef __cplusplus
extern "C" {
#endif

struct kt_entropy_config {
	/* Min-entropy credited per raw jitter sample, in eighths of a bit. */
	unsigned int entropy_eighths;
	/* Raw samples collected per timer tick. */
	unsigned int samples_per_tick;
	/* Mix RDSEED/RDRAND output in (never credited) when the CPU has it. */
	int use_cpu_rng;
	/* How long a blocking read sleeps between polls of the pool, ms. */
	unsigned int poll_ms;
};

struct kt_entropy;

/* Runs the constructors of the module's own globals (the kernel does not:
 * no CONFIG_CONSTRUCTORS); 0 or -ENOMEM-like negative on failure. */
int kt_entropy_runtime_init(void);
/* Runs the destructors registered with __cxa_atexit, last first. */
void kt_entropy_runtime_exit(void);

/* Process context; NULL when out of memory or the config is invalid. */
struct kt_entropy *kt_entropy_create(const struct kt_entropy_config *config);
void kt_entropy_destroy(struct kt_entropy *rng);
/* The timer callback: softirq context, must not sleep. */
void kt_entropy_on_timer(struct kt_entropy *rng) __kt_atomic;
/* The hwrng read callback: process context; sleeps only when wait != 0. */
int kt_entropy_read(struct kt_entropy *rng, void *data, unsigned long max,
		    int wait);
/* Writes the statistics as "name value" lines; the length written. */
int kt_entropy_format_stats(struct kt_entropy *rng, char *buf,
			    unsigned long size);

#ifdef __cplusplus
}
#endif

#endif
