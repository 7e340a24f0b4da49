// Shaped after Linux 6.1's drivers/usb/core/message.c: a synchronous
// message waits for its URB's completion.
struct completion { unsigned int done; };
unsigned long wait_for_completion_timeout(struct completion *x, unsigned long timeout);

static int usb_start_wait_urb(struct completion *done, unsigned long timeout) {
  if (!wait_for_completion_timeout(done, timeout))
    return -110;
  return 0;
}

int usb_get_status(struct completion *done, int recip) {
  return usb_start_wait_urb(done, 5000);
}

// Only fills in a structure: never sleeps.
struct urb { int pipe; };
void usb_init_urb(struct urb *urb) { urb->pipe = 0; }
